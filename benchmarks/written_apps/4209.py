def largest_rect(histogram):
    heights = histogram + [0]
    best = 0
    stack = []  # indices of bars with increasing heights
    for i in range(len(heights)):
        height = heights[i]
        while stack and heights[stack[-1]] >= height:
            top = heights[stack.pop()]
            left = stack[-1] + 1 if stack else 0
            area = top * (i - left)
            if area > best:
                best = area
        stack.append(i)
    return best
