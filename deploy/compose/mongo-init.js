// Run once by the compose service mongo-init (mongosh): initiates the one-member replica set rs0 if needed, then
// creates or updates each service's user with readWrite on its own database only. The user name and password come
// from the service's connection-string secret, e.g. mongodb://registry:<password>@mongo:27017/registry?replicaSet=rs0&authSource=admin
const fs = require('fs')
const secret = (name) => fs.readFileSync(`/run/secrets/${name}`, 'utf8').trim()

const admin = db.getSiblingDB('admin')
admin.auth(secret('mongo_root_username'), secret('mongo_root_password'))
try {
  rs.status()
} catch (notInitiated) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongo:27017' }] })
}
while (!db.hello().isWritablePrimary) sleep(500)

for (const service of process.env.SERVICES.split(/\s+/)) {
  const uri = new URL(secret(`${service}_mongodb_uri`))
  const user = decodeURIComponent(uri.username)
  const pwd = decodeURIComponent(uri.password)
  const database = uri.pathname.replace(/^\//, '')
  const roles = [{ role: 'readWrite', db: database }]
  if (admin.getUser(user)) admin.updateUser(user, { pwd, roles })
  else admin.createUser({ user, pwd, roles })
  print(`user ${user}: readWrite on ${database}`)
}
