"""The practice's vocabulary: tables, enums and pure rules (no I/O, no Qt)."""
