"""Users (candidates and staff), their roles, and the audit trail every service writes to."""
