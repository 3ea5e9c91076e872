"""Key derivation, key slots, secrets held in memory. No Qt, no database."""
