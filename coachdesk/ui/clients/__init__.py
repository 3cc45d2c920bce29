"""The clients area: the list, a client's record, the client form, import, and a client's data rights (export, erasure)."""
