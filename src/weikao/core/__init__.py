"""Pure building blocks shared by every stage. Nothing here imports Django."""
