"""Encoders: a list of records in, one target format out (DCAT-AP, SCDL CSV, ...)."""
