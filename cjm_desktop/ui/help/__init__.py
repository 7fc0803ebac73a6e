"""The Help menu: a short guide to journey mapping, the keyboard shortcuts and About."""
