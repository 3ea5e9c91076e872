"""Exchange between the laptops of one service, without network (issue 12)."""
