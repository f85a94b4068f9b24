"""The translation memory: Korean→English pairs from earlier releases, found again and adapted to new figures.

No Qt here. `store.Memory` is the SQLite database; `segment` cuts releases into pairs; `suggest`
finds and ranks matches; `adapt` rewrites a stored English for new facts; `tmx` and `importer`
fill the memory in bulk; `cli` holds the `tm` and `fill` commands.
"""
