"""The embedded local SDI: a folder of data, records and catalogues served on 127.0.0.1."""


def open_direct(url: str, timeout: float):
    """``urllib.request.urlopen`` without any proxy: the SDI's servers listen on this machine's
    127.0.0.1, which a proxy set in the environment (``HTTP_PROXY``) could not reach."""
    import urllib.request

    return urllib.request.build_opener(urllib.request.ProxyHandler({})).open(url, timeout=timeout)
