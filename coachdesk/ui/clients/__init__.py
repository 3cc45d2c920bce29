"""The clients area: the list, a client's record, the client form, import, and data rights.

Data rights are a client's export of everything held and erasure.
"""
