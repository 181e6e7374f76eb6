def sorter(textbooks):
    return sorted(textbooks, key=str.lower)
