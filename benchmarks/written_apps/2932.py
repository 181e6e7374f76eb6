def colour_association(arr):
    return [{colour: meaning} for colour, meaning in arr]
