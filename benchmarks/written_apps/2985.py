import math


def reflections(max_x, max_y):
    # the ray reaches a corner after lcm(max_x, max_y) unit steps along each axis;
    # it is at x = max_x (y = max_y) when it has crossed the box an odd number of times
    steps = math.lcm(max_x, max_y)
    return (steps // max_x) % 2 == (steps // max_y) % 2
