"""Documents: PDF preview, printing, the letter dialog and the case register."""
