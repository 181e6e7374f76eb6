def mouth_size(animal):
    return "small" if animal.lower() == "alligator" else "wide"
