PASSWORD = "Correct-Horse-9"
