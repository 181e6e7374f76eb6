def membership(amount, platinum, gold, silver, bronze):
    if amount >= platinum:
        return "Platinum"
    if amount >= gold:
        return "Gold"
    if amount >= silver:
        return "Silver"
    if amount >= bronze:
        return "Bronze"
    return "Not a member"
