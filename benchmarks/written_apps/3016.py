NOTES = ["C", ["C#", "Db"], "D", ["D#", "Eb"], "E", "F", ["F#", "Gb"], "G",
         ["G#", "Ab"], "A", ["A#", "Bb"], "B"]
POSITION = {}
for position in range(len(NOTES)):
    for name in (NOTES[position] if type(NOTES[position]) is list else [NOTES[position]]):
        POSITION[name] = position


def minor_or_major(chord):
    names = chord.split()
    if len(names) != 3:
        return "Not a chord"
    for name in names:
        if name not in POSITION:
            return "Not a chord"
    first, second, third = (POSITION[name] for name in names)
    intervals = ((second - first) % 12, (third - second) % 12)
    if intervals == (3, 4):
        return "Minor"
    if intervals == (4, 3):
        return "Major"
    return "Not a chord"
