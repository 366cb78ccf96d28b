"""Subcommands of the `weikao` command that belong to no single stage: serve, demo."""
