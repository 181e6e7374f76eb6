import re


def is_audio(file_name):
    return re.match(r"[A-Za-z]+\.(mp3|flac|alac|aac)$", file_name) is not None
