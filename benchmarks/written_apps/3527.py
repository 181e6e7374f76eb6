def quotable(name, quote):
    return name + ' said: "' + quote + '"'
