def find_codwars(url):
    rest = url
    if "://" in rest:
        rest = rest.partition("://")[2]
    host = ""
    for ch in rest:
        if ch in "/?#:":
            break
        host += ch
    host = host.casefold()
    return host == "codwars.com" or host.endswith(".codwars.com")
