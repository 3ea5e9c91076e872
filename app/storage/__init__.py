"""SQLCipher engine, ORM models, migrations runner, backups. No Qt."""
