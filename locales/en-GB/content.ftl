# Saathi: content packs, lessons and the food guide, in English (en-GB): the source locale.

## Errors

error-pack-untrusted = This content is not from a publisher Saathi trusts. Nothing was changed.
error-pack-other-publisher = This content comes from a different publisher than the one already here. Remove the old content first. Nothing was changed.
error-pack-incomplete = This content file is not complete. Download it again. Nothing was changed.
error-pack-too-large = This content is too big for the space Saathi may use. Nothing was changed.
error-pack-not-newer = This content is the same as, or older than, what you have. Nothing was changed.
error-pack-needs-update = This content needs a newer Saathi. Update the app, then try again. Nothing was changed.
error-pack-storage = Saathi could not save the content on this phone. Check there is free space. Nothing was changed.
error-pack-damaged = This content file is damaged or was changed. Nothing was changed.
error-download-offline = The phone is not connected to the internet. Try again when it is.
error-download-insecure = The connection was not safe, so nothing was downloaded. Try again on another network.
error-download-bad-address = That download address is not right.
error-download-failed = The download did not finish. Try again later; it will carry on where it stopped.
error-needs-wifi = This download waits for Wi-Fi. Connect to Wi-Fi, or allow mobile data for downloads.
error-no-content = No lessons or food guide are on this phone yet.
error-not-found-lesson = That lesson is not in your list.
error-not-found-content-item = That lesson or food is not in the content on this phone.
error-not-found-assignment = That was not found in the things sent to this person.
