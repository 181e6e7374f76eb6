import math

ab = int(input())
bc = int(input())
angle = math.degrees(math.atan2(ab, bc))
print(str(int(angle + 0.5)) + "\u00b0")
