def getVolumeOfCubiod(length, width, height):
    return length * width * height
