"""Site stage: writing the generated pages safely, charts, and MkDocs hooks."""
