def quote(fighter):
    if fighter.lower() == "george saint pierre":
        return "I am not impressed by your performance."
    return "I'd like to take this chance to apologize.. To absolutely NOBODY!"
