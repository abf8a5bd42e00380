-- Nothing to create: on SQLite one instance counts rate limits in its
-- memory. PostgreSQL's 0025 creates the table several instances share; this
-- keeps the two lists of migrations in step.
SELECT 1;
