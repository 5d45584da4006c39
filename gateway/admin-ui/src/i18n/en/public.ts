export default {
  home: 'Home', plans: 'Inspection plans', results: 'Inspection results', exposures: 'Exposed cases',
  measures: 'Agreement measures', tipoff: 'Report fraud',
}
