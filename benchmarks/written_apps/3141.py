import heapq


def comb(fruits):
    heap = list(fruits)
    heapq.heapify(heap)
    energy = 0
    while len(heap) > 1:
        merged = heapq.heappop(heap) + heapq.heappop(heap)
        energy += merged
        heapq.heappush(heap, merged)
    return energy
