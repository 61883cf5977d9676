"""Strict stand-ins of the servers that cannot run here (GeoNetwork, GeoServer, udata's API for fault
injection, OpenDataSoft, Solr): each enforces the documented API of the real one, so the publisher code
under test is the code that talks to the real server. Tests that use them say "standin" in their names.
"""
