from operator import itemgetter

get_name = itemgetter("name")


def namelist(names):
    parts = [get_name(entry) for entry in names]
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " & " + parts[-1]
