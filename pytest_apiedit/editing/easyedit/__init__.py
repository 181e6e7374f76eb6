"""`--edit-backend=easyedit`: EasyEdit's own editors behind the plugin's editor interface.

`source` imports EasyEdit's text-editing methods from its source tree (never its multimodal code),
`requests` turns an edit request into what those methods can take, `state` keeps EasyEdit's
module-level state per editor, and `editor` puts them together with exact restore.
"""
