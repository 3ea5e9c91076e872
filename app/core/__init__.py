"""Domain rules and use cases. No Qt: every use case runs without a screen."""
