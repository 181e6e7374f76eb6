def remove_url_anchor(url):
    anchor = url.find("#")
    return url if anchor == -1 else url[:anchor]
