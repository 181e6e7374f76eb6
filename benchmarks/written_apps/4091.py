NOTES = ["A", "A#", "B", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#"]


def which_note(key_press_count):
    key = (key_press_count - 1) % 88
    return NOTES[key % 12]
