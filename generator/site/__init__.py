"""Site stage helpers used while the pages are generated: writing them safely
into docs/<output>/ (writer.py) and drawing charts into them (charts.py).
The MkDocs side of the site stage is in generator/plugins/."""
