CATEGORIES = ("fruit", "meat", "other", "vegetable")


def group_groceries(groceries):
    groups = {}
    for entry in groceries.rsplit(","):
        category, _, item = entry.partition("_")
        if category not in CATEGORIES:
            category = "other"
        groups.setdefault(category, [])
        groups[category] += [item]
    lines = []
    for category in CATEGORIES:
        items = sorted(groups[category]) if category in groups else []
        lines += [category + ":" + ",".join(items)]
    return "\n".join(lines)
