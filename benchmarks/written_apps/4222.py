def get_size(w, h, d):
    return [2 * (w * h + h * d + w * d), w * h * d]
