def presentation_agenda(friend_list):
    agenda = []
    for friend in friend_list:
        others = set()
        for other in friend_list:
            if other is not friend:
                others |= set(other["dest"])
        unique = set(friend["dest"]).difference(others)
        if unique:
            agenda += [{"person": friend["person"],
                        "dest": [d for d in friend["dest"] if d in unique]}]
    return agenda
