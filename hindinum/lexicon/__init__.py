"""Language data for hindinum, as Python literals: number words, scales, fractions, currencies.

Nothing here is read from files at run time. Each table names where its facts come from.
"""
