"""The fictional demo vault: plausible people, cases, pathways and letters made
with Faker (``fr_BE``) through the real core services, so the screens are full
at first look. Nothing here is needed to run Balise on real data; core does
not import it.
"""
