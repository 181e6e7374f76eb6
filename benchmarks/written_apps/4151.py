TERMS = {"Partridge", "PearTree", "Chat", "Dan", "Toblerone", "Lynn", "AlphaPapa", "Nomad"}


def part(arr):
    found = sum(1 for term in arr if term in TERMS)
    if found:
        return "Mine's a Pint" + "!" * found
    return "Lynn, I've pierced my foot on a spike!!"
