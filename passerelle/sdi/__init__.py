"""The embedded local SDI: a folder of data, records and catalogues served on 127.0.0.1."""
