"""Reference data: categories, specialties, subjects, provinces, regions and sites, the exam calendar."""
