"""Demo data for `weikao demo`: realistic enough to click through every stage of the pipeline."""
