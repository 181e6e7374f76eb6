def boxes_packing(length, width, height):
    boxes = sorted(sorted(dims) for dims in zip(length, width, height))
    for small, big in zip(boxes, boxes[1:]):
        if not (small[0] < big[0] and small[1] < big[1] and small[2] < big[2]):
            return False
    return True
